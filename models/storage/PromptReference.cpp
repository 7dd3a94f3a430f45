#include "storage/PromptReference.h"

namespace pwb {

Result<PromptReference> PromptReference::parse(const QString &text)
{
    PromptReference reference;
    // The last '@' or ':' separates, so a name may itself hold one ("v2: summaries@work").
    const qsizetype at = text.lastIndexOf(u'@');
    const qsizetype colon = text.lastIndexOf(u':');
    if (at > 0 && at > colon) {
        bool number = false;
        const int version = text.mid(at + 1).toInt(&number);
        if (!number || version < 1) {
            return Result<PromptReference>::failure(
                tr("\"%1\": the version after '@' is a number from 1 (NAME@3)").arg(text));
        }
        reference.name = text.left(at);
        reference.version = version;
    } else if (colon > 0) {
        reference.name = text.left(colon);
        reference.label = text.mid(colon + 1).trimmed();
        if (reference.label.isEmpty()) {
            return Result<PromptReference>::failure(
                tr("\"%1\": a label follows ':' (NAME:production)").arg(text));
        }
    } else {
        reference.name = text;
    }
    reference.name = reference.name.trimmed();
    if (reference.name.isEmpty()) {
        return Result<PromptReference>::failure(tr("\"%1\" names no prompt").arg(text));
    }
    return reference;
}

Result<PromptVersionRecord> PromptReference::resolve(const PromptRepository &prompts,
                                                     const QString &text)
{
    for (const PromptRecord &record : prompts.prompts()) {
        if (record.name == text) {
            PromptReference whole;
            whole.name = text;
            return whole.resolve(prompts);
        }
    }
    const Result<PromptReference> reference = parse(text);
    if (!reference) {
        return Result<PromptVersionRecord>::failure(reference.error());
    }
    return reference.value().resolve(prompts);
}

QString PromptReference::toString() const
{
    if (version) {
        return name + u'@' + QString::number(*version);
    }
    return label.isEmpty() ? name : name + u':' + label;
}

Result<PromptVersionRecord> PromptReference::resolve(const PromptRepository &prompts) const
{
    std::optional<PromptRecord> prompt;
    QStringList names;
    for (const PromptRecord &record : prompts.prompts()) {
        names.append(record.name);
        if (record.name == name) {
            prompt = record;
        }
    }
    if (!prompt) {
        names.sort(Qt::CaseInsensitive);
        return Result<PromptVersionRecord>::failure(
            tr("No prompt is named \"%1\" (prompts: %2)")
                .arg(name, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
    }
    const QList<PromptVersionRecord> versions = prompts.versions(prompt->id);
    if (versions.isEmpty()) {
        return Result<PromptVersionRecord>::failure(
            tr("\"%1\" has no saved version yet").arg(name));
    }
    if (version) {
        for (const PromptVersionRecord &record : versions) {
            if (record.number == *version) {
                return record;
            }
        }
        return Result<PromptVersionRecord>::failure(tr("\"%1\" has no version %2 (it has 1 to %3)")
                                                        .arg(name)
                                                        .arg(*version)
                                                        .arg(versions.last().number));
    }
    if (!label.isEmpty()) {
        const std::optional<qint64> target = prompts.labelTarget(prompt->id, label);
        if (!target) {
            return Result<PromptVersionRecord>::failure(
                tr("\"%1\" has no label \"%2\"").arg(name, label));
        }
        for (const PromptVersionRecord &record : versions) {
            if (record.id == *target) {
                return record;
            }
        }
    }
    return versions.last();
}

} // namespace pwb
