#include "mainwindow/AboutDialog.h"

#include "core/BuildInfo.h"
#include "editor/TemplateHighlighter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>
#include <QtVersion>

namespace pwb {

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QLatin1String(buildinfo::kVersion));
}

AboutDialog::AboutDialog(const QString &workspaceFilePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Prompt Workbench"));

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Prompt Workbench")));
    auto *version = new QLabel(versionText());
    version->setObjectName(QStringLiteral("aboutVersion"));
    auto *blurb = new QLabel(tr("Write, run, compare, version and evaluate LLM prompts — a native "
                                "desktop workbench."));
    blurb->setWordWrap(true);
    auto *libraries = new QLabel(tr("Built with Qt %1 (running on %2), KSyntaxHighlighting with "
                                    "%3 syntax definitions.")
                                     .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()))
                                     .arg(TemplateHighlighter::repository().definitions().size()));
    libraries->setWordWrap(true);
    auto *workspace =
        new QLabel(tr("Workspace: %1").arg(QDir::toNativeSeparators(workspaceFilePath)));
    workspace->setTextInteractionFlags(Qt::TextSelectableByMouse);
    workspace->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    for (QWidget *widget : {static_cast<QWidget *>(title), static_cast<QWidget *>(version),
                            static_cast<QWidget *>(blurb), static_cast<QWidget *>(libraries),
                            static_cast<QWidget *>(workspace)}) {
        layout->addWidget(widget);
    }
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace pwb
