#pragma once

#include "export/RunCodeExport.h"

#include <QToolButton>

namespace pwb {

// "Code ▾": copy a request as curl, Python or JavaScript. The chat pane's replies and the runs
// browser's run details both offer it; whoever holds the request answers `languageChosen`.
class CodeButton : public QToolButton
{
    Q_OBJECT

public:
    explicit CodeButton(const QString &toolTip, QWidget *parent = nullptr);

Q_SIGNALS:
    void languageChosen(pwb::CodeLanguage language);
};

} // namespace pwb
