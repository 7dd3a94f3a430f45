#include "editor/TemplateVariables.h"

#include <QRegularExpression>

namespace pwb {

QList<VariablesPanel::Slot> templateVariableSlots(const QStringList &templates)
{
    // Interim scanner until the Mustache engine's detection is wired in.
    static const QRegularExpression tag(
        QStringLiteral("\\{\\{([#^/!>&{]?)\\s*([^}]*?)\\s*\\}?\\}\\}"));
    QList<VariablesPanel::Slot> slots;
    QStringList open;
    for (const QString &text : templates) {
        for (auto it = tag.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const QString sigil = match.captured(1);
            const QString name = match.captured(2).section(u'.', 0, 0);
            if (sigil == u"!" || sigil == u">" || name.isEmpty()) {
                continue;
            }
            if (sigil == u"/") {
                open.removeOne(name);
                continue;
            }
            if (!open.isEmpty() && sigil.isEmpty()) {
                for (VariablesPanel::Slot &slot : slots) {
                    if (slot.name == open.last() && !slot.fields.contains(name)) {
                        slot.fields.append(name);
                    }
                }
                continue;
            }
            const auto found = std::find_if(slots.begin(), slots.end(),
                                            [&](const auto &slot) { return slot.name == name; });
            if (found == slots.end()) {
                slots.append({name, sigil == u"#" || sigil == u"^", {}});
            } else if (sigil == u"#") {
                found->section = true;
            }
            if (sigil == u"#" || sigil == u"^") {
                open.append(name);
            }
        }
    }
    return slots;
}

} // namespace pwb
