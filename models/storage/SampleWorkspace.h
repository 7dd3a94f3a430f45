#pragma once

#include "core/Result.h"
#include "storage/PromptContent.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace pwb {

class Database;

// The prompts a new workspace starts with, so that a first run has something to open and run
// with no key and no network: all bound to the offline demo (provider "demo", model demo-fast).
// One JSON file per prompt in resources/sample-workspace (embedded at :/sample-workspace): its
// name, folder, description, tags, and its versions in order, each a note, labels and a content
// in PromptContent's JSON shape (messages, parameters, variables, provider, model).
class SampleWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(pwb::SampleWorkspace)

public:
    struct Version
    {
        QString note;
        QStringList labels; // e.g. "production": set on this version
        PromptContent content;
    };
    struct Prompt
    {
        QString name;
        QString folder; // a top-level folder, created when missing
        QString description;
        QStringList tags;
        QList<Version> versions; // oldest first
    };

    // Every sample in `directory`, in file-name order; the error names the file and what is wrong.
    static Result<QList<Prompt>>
    load(const QString &directory = QStringLiteral(":/sample-workspace"));

    // Fills a workspace that has no prompt at all (deleted ones count: a user who deleted every
    // sample does not get them back) with the samples and the sample datasets (SampleDatasets),
    // in one transaction: all or nothing.
    // Seeding a workspace that has prompts does nothing and succeeds. Call it for a workspace
    // that was just created, so that emptying one on purpose does not refill it next time.
    static Result<void> seed(Database &database,
                             const QString &directory = QStringLiteral(":/sample-workspace"),
                             const QString &datasetDirectory = QStringLiteral(":/sample-datasets"));
};

} // namespace pwb
