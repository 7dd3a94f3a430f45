// AssertionEvaluator: the checks of an answer's text (equals, contains, regex, starts-with,
// levenshtein).
#include "eval/AssertionEvaluator.h"
#include "eval/JsonAnswer.h"
#include "eval/Levenshtein.h"

#include <QRegularExpression>

namespace pwb {

namespace {

Qt::CaseSensitivity caseOf(const Assertion &assertion)
{
    return assertion.ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive;
}

// " (ignoring case, trimmed)" when the assertion relaxes the comparison.
QString relaxations(const Assertion &assertion, bool trims)
{
    QStringList notes;
    if (assertion.ignoreCase) {
        notes << AssertionEvaluator::tr("ignoring case");
    }
    if (trims && assertion.trim) {
        notes << AssertionEvaluator::tr("trimmed");
    }
    return notes.isEmpty() ? QString() : QStringLiteral(" (") + notes.join(u", ") + u')';
}

QString quoteList(const QStringList &texts)
{
    QStringList quoted;
    for (const QString &text : texts) {
        quoted << JsonAnswer::quote(text, 40);
    }
    return quoted.join(QStringLiteral(", "));
}

// Where two texts first differ, in UTF-16 units.
qsizetype firstDifference(QStringView a, QStringView b, Qt::CaseSensitivity sensitivity)
{
    qsizetype i = 0;
    const qsizetype common = qMin(a.size(), b.size());
    while (i < common && QStringView(a.mid(i, 1)).compare(b.mid(i, 1), sensitivity) == 0) {
        ++i;
    }
    return i;
}

} // namespace

AssertionOutcome AssertionEvaluator::equals(const Assertion &assertion, const EvalAnswer &answer)
{
    const Result<QString> compared = comparedText(assertion, answer);
    if (!compared) {
        return AssertionOutcome::error(compared.error());
    }
    const QStringView wanted =
        assertion.trim ? QStringView(compared.value()).trimmed() : QStringView(compared.value());
    const QStringView given =
        assertion.trim ? QStringView(answer.output).trimmed() : QStringView(answer.output);
    const QString notes = relaxations(assertion, true);
    if (given.compare(wanted, caseOf(assertion)) == 0) {
        return AssertionOutcome::pass(tr("equals %1%2").arg(JsonAnswer::quote(wanted), notes));
    }
    constexpr qsizetype kShort = 60;
    if (given.size() <= kShort && wanted.size() <= kShort) {
        return AssertionOutcome::fail(
            tr("is %1, expected %2%3")
                .arg(JsonAnswer::quote(given), JsonAnswer::quote(wanted), notes));
    }
    const qsizetype at = firstDifference(given, wanted, caseOf(assertion));
    const qsizetype from = qMax(qsizetype(0), at - 10);
    const QString ellipsis = from > 0 ? QStringLiteral("…") : QString();
    return AssertionOutcome::fail(
        tr("differs at character %1: %2, expected %3%4")
            .arg(at + 1)
            .arg(JsonAnswer::quote(QString(ellipsis + given.mid(from)), 40),
                 JsonAnswer::quote(QString(ellipsis + wanted.mid(from)), 40), notes));
}

AssertionOutcome AssertionEvaluator::contains(const Assertion &assertion, const EvalAnswer &answer)
{
    QStringList texts;
    if (assertion.values.isEmpty()) {
        if (!answer.expected) {
            return AssertionOutcome::error(noExpectedOutput());
        }
        texts << *answer.expected;
    }
    for (const QString &value : assertion.values) {
        const Result<QString> text = render(value, answer);
        if (!text) {
            return AssertionOutcome::error(text.error());
        }
        texts << text.value();
    }
    QStringList found;
    QStringList missing;
    for (const QString &text : std::as_const(texts)) {
        (answer.output.contains(text, caseOf(assertion)) ? found : missing) << text;
    }
    const QString notes = relaxations(assertion, false);
    if (assertion.match == Assertion::Match::Any) {
        if (found.isEmpty()) {
            return AssertionOutcome::graded(
                0, assertion.effectiveThreshold(),
                texts.size() == 1 ? tr("does not contain %1%2").arg(quoteList(texts), notes)
                                  : tr("contains none of: %1%2").arg(quoteList(texts), notes));
        }
        return AssertionOutcome::graded(1, assertion.effectiveThreshold(),
                                        tr("contains %1%2").arg(quoteList(found.mid(0, 1)), notes));
    }
    const double share = double(found.size()) / double(texts.size());
    const double threshold = assertion.effectiveThreshold();
    QString reason = missing.isEmpty() ? tr("contains all of: %1%2").arg(quoteList(texts), notes)
                                       : tr("contains %1 of %2, not: %3%4")
                                             .arg(found.size())
                                             .arg(texts.size())
                                             .arg(quoteList(missing), notes);
    if (threshold < 1) {
        reason +=
            tr(" (%1 of the texts, threshold %2)").arg(score(share, threshold), number(threshold));
    }
    return AssertionOutcome::graded(share, threshold, reason);
}

AssertionOutcome AssertionEvaluator::regex(const Assertion &assertion, const EvalAnswer &answer)
{
    const QString patternText = assertion.value.toString();
    const QRegularExpression pattern(patternText,
                                     assertion.ignoreCase
                                         ? QRegularExpression::CaseInsensitiveOption
                                         : QRegularExpression::NoPatternOption);
    if (patternText.isEmpty() || !pattern.isValid()) {
        return AssertionOutcome::error(tr("/%1/ is not a valid regular expression: %2")
                                           .arg(patternText, pattern.errorString()));
    }
    const QString notes = relaxations(assertion, false);
    const QRegularExpressionMatch match = pattern.match(answer.output);
    if (match.hasMatch()) {
        return AssertionOutcome::pass(
            tr("matches /%1/ at %2%3")
                .arg(patternText, JsonAnswer::quote(match.capturedView(), 40), notes));
    }
    return AssertionOutcome::fail(tr("does not match /%1/%2").arg(patternText, notes));
}

AssertionOutcome AssertionEvaluator::startsWith(const Assertion &assertion,
                                                const EvalAnswer &answer)
{
    const Result<QString> compared = comparedText(assertion, answer);
    if (!compared) {
        return AssertionOutcome::error(compared.error());
    }
    QStringView given(answer.output);
    QStringView wanted(compared.value());
    if (assertion.trim) {
        given = given.trimmed();
        wanted = wanted.trimmed();
    }
    const QString notes = relaxations(assertion, true);
    if (given.startsWith(wanted, caseOf(assertion))) {
        return AssertionOutcome::pass(tr("starts with %1%2").arg(JsonAnswer::quote(wanted), notes));
    }
    return AssertionOutcome::fail(tr("starts with %1, expected %2%3")
                                      .arg(JsonAnswer::quote(given.left(wanted.size() + 10), 40),
                                           JsonAnswer::quote(wanted, 40), notes));
}

AssertionOutcome AssertionEvaluator::levenshtein(const Assertion &assertion,
                                                 const EvalAnswer &answer)
{
    const Result<QString> compared = comparedText(assertion, answer);
    if (!compared) {
        return AssertionOutcome::error(compared.error());
    }
    QString given = assertion.trim ? answer.output.trimmed() : answer.output;
    QString wanted = assertion.trim ? compared.value().trimmed() : compared.value();
    if (assertion.ignoreCase) {
        given = given.toCaseFolded();
        wanted = wanted.toCaseFolded();
    }
    const double similarity = Levenshtein::similarity(given, wanted);
    const double threshold = assertion.effectiveThreshold();
    const QString shown = score(similarity, threshold);
    const QString notes = relaxations(assertion, true);
    AssertionOutcome outcome = AssertionOutcome::graded(similarity, threshold, {});
    outcome.reason = outcome.isPass()
        ? tr("Levenshtein similarity %1 >= threshold %2%3").arg(shown, number(threshold), notes)
        : tr("Levenshtein similarity %1 < threshold %2%3").arg(shown, number(threshold), notes);
    return outcome;
}

} // namespace pwb
