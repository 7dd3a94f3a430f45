#pragma once

#include "prompts/VersionDiff.h"
#include "versions/DiffColours.h"

#include <QCoreApplication>
#include <QSet>

namespace pwb {

// Writes a VersionDiff as one rich-text document: the two versions side by side in a table, a
// header row per message, removed words struck through on the left, inserted words tinted on the
// right, then the model, parameters and variables.
class DiffHtml
{
    Q_DECLARE_TR_FUNCTIONS(pwb::DiffHtml)

public:
    explicit DiffHtml(const QPalette &palette);

    // Unchanged messages are one header line each, except those whose position in
    // diff.messages is in `expanded`. Their headers link to "message:POSITION".
    QString render(const VersionDiff &diff, const QString &olderTitle, const QString &newerTitle,
                   const QSet<int> &expanded) const;

    static QString roleName(ChatMessage::Role role);
    // Two runs' inputs carry the values the runs gave their variables, not defaults.
    void setVariablesAreValues(bool values) { m_variablesAreValues = values; }

private:
    QString summary(const VersionDiff &diff) const;
    QString messageHeader(const MessageDiff &message, int position, bool expanded) const;
    QString messageBody(const MessageDiff &message) const;
    QString settings(const VersionDiff &diff) const;
    QString valueRow(const QString &name, const ValueDiff &value) const;
    QString cell(const QList<DiffSegment> &segments, DiffSegment::Kind shown,
                 const QColor &background, bool markNewlines, int widthPercent = 50) const;

    DiffColours m_colours;
    bool m_variablesAreValues = false;
};

} // namespace pwb
