#pragma once

#include <QSettings>

namespace pwb {

// Names every executable of ours gives QCoreApplication, so that the GUI, the CLI and the tests
// agree on where data and settings live:
//   data      QStandardPaths::AppDataLocation    (~/.local/share/prompt-workbench on Linux)
//   settings  QStandardPaths::AppConfigLocation  (~/.config/prompt-workbench/settings.ini)
// No organization name is set, so the paths are not nested twice (".../Org/App").
void applyApplicationIdentity();

// QSettings on our settings file. QSettings' default constructor needs an organization name;
// this one names the file explicitly instead.
class AppSettings : public QSettings
{
public:
    AppSettings();
    static QString filePath();
};

} // namespace pwb
