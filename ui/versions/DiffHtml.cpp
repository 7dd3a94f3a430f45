#include "versions/DiffHtml.h"

namespace pwb {

namespace {

// Lines of an edited message kept around each change; longer unchanged runs fold into one line.
constexpr int kContextLines = 2;
constexpr int kExcerptLength = 80;

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QString escaped(const QString &text, bool markNewlines)
{
    QString html = text.toHtmlEscaped();
    // A removed or added line break is otherwise invisible.
    html.replace(u'\n', markNewlines ? QStringLiteral("\u21b5<br/>") : QStringLiteral("<br/>"));
    return html;
}

QString firstLine(const QList<DiffSegment> &segments)
{
    const QString text = WordDiff::afterText(segments).trimmed();
    QString line = text.section(u'\n', 0, 0);
    if (line.size() > kExcerptLength || line.size() < text.size()) {
        line = line.left(kExcerptLength).trimmed() + QChar(0x2026);
    }
    return line;
}

} // namespace

DiffHtml::DiffHtml(const QPalette &palette)
    : m_colours(DiffColours::from(palette))
{ }

QString DiffHtml::roleName(ChatMessage::Role role)
{
    switch (role) {
    case ChatMessage::Role::System:
        return tr("system");
    case ChatMessage::Role::User:
        return tr("user");
    case ChatMessage::Role::Assistant:
        return tr("assistant");
    }
    return {};
}

QString DiffHtml::render(const VersionDiff &diff, const QString &olderTitle,
                         const QString &newerTitle, const QSet<int> &expanded) const
{
    QString html = QStringLiteral("<p>%1</p>").arg(summary(diff).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"
                           "<tr><th width=\"50%\" align=\"left\">%1</th>"
                           "<th width=\"50%\" align=\"left\">%2</th></tr>")
                .arg(olderTitle.toHtmlEscaped(), newerTitle.toHtmlEscaped());
    for (int position = 0; position < diff.messages.size(); ++position) {
        const MessageDiff &message = diff.messages.at(position);
        const bool open = message.change != DiffChange::Unchanged || expanded.contains(position);
        html += messageHeader(message, position, open);
        if (open) {
            html += messageBody(message);
        }
    }
    if (diff.messages.isEmpty()) {
        html += QStringLiteral("<tr><td colspan=\"2\" style=\"color:%1\">%2</td></tr>")
                    .arg(colourName(m_colours.muted), tr("Neither version has messages."));
    }
    html += QStringLiteral("</table>");
    html += settings(diff);
    return html;
}

QString DiffHtml::summary(const VersionDiff &diff) const
{
    if (!diff.hasChanges()) {
        return tr("No differences.");
    }
    // "Changed: 2" rather than "2 message(s)": English plurals would need a translation file.
    QStringList parts;
    if (const int n = diff.count(DiffChange::Changed)) {
        parts << tr("Messages changed: %1").arg(n);
    }
    if (const int n = diff.count(DiffChange::Added)) {
        parts << tr("Messages added: %1").arg(n);
    }
    if (const int n = diff.count(DiffChange::Removed)) {
        parts << tr("Messages removed: %1").arg(n);
    }
    if (const int n = diff.changedValues()) {
        parts << tr("Settings changed: %1").arg(n);
    }
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString DiffHtml::messageHeader(const MessageDiff &message, int position, bool expanded) const
{
    const int number = (message.newerIndex >= 0 ? message.newerIndex : message.olderIndex) + 1;
    QString role = roleName(message.newerRole);
    if (message.roleChanged()) {
        role = tr("%1 \u2192 %2").arg(roleName(message.olderRole), roleName(message.newerRole));
    }
    QString state;
    switch (message.change) {
    case DiffChange::Unchanged:
        state = tr("unchanged");
        break;
    case DiffChange::Changed:
        state = tr("changed");
        break;
    case DiffChange::Added:
        state = tr("added");
        break;
    case DiffChange::Removed:
        state = tr("removed");
        break;
    }
    QString header = tr("<b>Message %1</b> \u00b7 %2 \u00b7 %3").arg(number).arg(role, state);
    if (message.change == DiffChange::Unchanged) {
        const QString toggle = expanded ? tr("hide") : tr("show");
        header += QStringLiteral(" \u00b7 <a href=\"message:%1\">%2</a>").arg(position).arg(toggle);
        if (!expanded) {
            header +=
                QStringLiteral(" <span style=\"color:%1\">%2</span>")
                    .arg(colourName(m_colours.muted), firstLine(message.segments).toHtmlEscaped());
        }
    }
    return QStringLiteral("<tr><td colspan=\"2\" bgcolor=\"%1\">%2</td></tr>")
        .arg(colourName(m_colours.header), header);
}

QString DiffHtml::messageBody(const MessageDiff &message) const
{
    using Kind = DiffSegment::Kind;
    const bool edited = message.change == DiffChange::Changed;
    const QList<DiffRow> rows = WordDiff::rows(WordDiff::beforeText(message.segments),
                                               WordDiff::afterText(message.segments));
    // Rows shown: every changed one and its context; an unchanged message shows all.
    QList<bool> shown(rows.size(), message.change == DiffChange::Unchanged);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).changed()) {
            for (qsizetype j = std::max<qsizetype>(0, i - kContextLines);
                 j <= std::min(rows.size() - 1, i + kContextLines); ++j) {
                shown[j] = true;
            }
        }
    }
    const QString absent = QStringLiteral("<td width=\"50%\"></td>");
    QString html;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype hiddenEnd = i;
        while (hiddenEnd < rows.size() && !shown.at(hiddenEnd)) {
            ++hiddenEnd;
        }
        // Folding fewer than three lines would cost as much room as showing them.
        if (hiddenEnd - i >= 3) {
            html += QStringLiteral("<tr><td colspan=\"2\" style=\"color:%1\">\u22ef %2</td></tr>")
                        .arg(colourName(m_colours.muted),
                             // Always three or more: the English text needs no singular.
                             tr("%n unchanged lines", nullptr, int(hiddenEnd - i)));
            i = hiddenEnd;
            continue;
        }
        const DiffRow &row = rows.at(i);
        const bool changed = row.changed();
        const bool showBefore = row.hasBefore && message.change != DiffChange::Added;
        const bool showAfter = row.hasAfter && message.change != DiffChange::Removed;
        html += QStringLiteral("<tr>%1%2</tr>")
                    .arg(showBefore ? cell(row.before, Kind::Removed,
                                           changed ? m_colours.removedLine : QColor(), edited)
                                    : absent,
                         showAfter ? cell(row.after, Kind::Inserted,
                                          changed ? m_colours.insertedLine : QColor(), edited)
                                   : absent);
        ++i;
    }
    return html;
}

QString DiffHtml::cell(const QList<DiffSegment> &segments, DiffSegment::Kind shown,
                       const QColor &background, bool markNewlines, int widthPercent) const
{
    QString html;
    for (const DiffSegment &segment : segments) {
        if (segment.kind == DiffSegment::Kind::Equal) {
            html += escaped(segment.text, false);
        } else if (segment.kind == shown) {
            const bool removed = shown == DiffSegment::Kind::Removed;
            html += QStringLiteral("<span style=\"background-color:%1;%2\">%3</span>")
                        .arg(colourName(removed ? m_colours.removedWord : m_colours.insertedWord),
                             removed ? QStringLiteral(" text-decoration:line-through;") : QString(),
                             escaped(segment.text, markNewlines));
        }
    }
    return QStringLiteral("<td width=\"%1%\"%2 style=\"white-space:pre-wrap\">%3</td>")
        .arg(QString::number(widthPercent),
             background.isValid() ? QStringLiteral(" bgcolor=\"%1\"").arg(colourName(background))
                                  : QString(),
             html);
}

QString DiffHtml::settings(const VersionDiff &diff) const
{
    QString rows;
    const auto present = [](const ValueDiff &value) {
        return !value.older.isEmpty() || !value.newer.isEmpty();
    };
    if (present(diff.provider)) {
        rows += valueRow(tr("Provider"), diff.provider);
    }
    if (present(diff.model)) {
        rows += valueRow(tr("Model"), diff.model);
    }
    for (const ValueDiff &parameter : diff.parameters) {
        rows += valueRow(parameter.name, parameter);
    }
    for (const ValueDiff &variable : diff.variables) {
        rows += valueRow(m_variablesAreValues ? tr("{{%1}}").arg(variable.name)
                                              : tr("{{%1}} default").arg(variable.name),
                         variable);
    }
    if (rows.isEmpty()) {
        return {};
    }
    return QStringLiteral("<p><b>%1</b></p><table width=\"100%\" cellspacing=\"0\" "
                          "cellpadding=\"4\">%2</table>")
        .arg(tr("Model, parameters and variables"), rows);
}

QString DiffHtml::valueRow(const QString &name, const ValueDiff &value) const
{
    using Kind = DiffSegment::Kind;
    QList<DiffSegment> segments = value.segments;
    if (value.change == DiffChange::Unchanged) {
        segments = {{Kind::Equal, value.newer}};
    } else if (value.change == DiffChange::Added) {
        segments = {{Kind::Inserted, value.newer}};
    } else if (value.change == DiffChange::Removed) {
        segments = {{Kind::Removed, value.older}};
    }
    const bool changed = value.change != DiffChange::Unchanged;
    const QString absent = QStringLiteral("<td width=\"40%\" style=\"color:%1\">%2</td>")
                               .arg(colourName(m_colours.muted), tr("(not set)"));
    const QString older = value.change == DiffChange::Added
        ? absent
        : cell(segments, Kind::Removed, changed ? m_colours.removedLine : QColor(), false, 40);
    const QString newer = value.change == DiffChange::Removed
        ? absent
        : cell(segments, Kind::Inserted, changed ? m_colours.insertedLine : QColor(), false, 40);
    return QStringLiteral("<tr><td style=\"white-space:nowrap;%1\">%2</td>%3%4</tr>")
        .arg(changed ? QString() : QStringLiteral("color:%1").arg(colourName(m_colours.muted)),
             changed ? QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()) : name.toHtmlEscaped(),
             older, newer);
}

} // namespace pwb
