#pragma once

#include <QDialog>

namespace pwb {

// Name, version, the libraries it runs on, and where this workspace lives.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    AboutDialog(const QString &workspaceFilePath, QWidget *parent = nullptr);

    static QString versionText();
};

} // namespace pwb
