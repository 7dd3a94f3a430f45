#include "storage/SampleDatasets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pwb {

namespace {

Result<SampleDatasets::Dataset> datasetFromFile(const QString &path)
{
    using R = Result<SampleDatasets::Dataset>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(SampleDatasets::tr("Cannot read %1: %2").arg(path, file.errorString()));
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return R::failure(SampleDatasets::tr("%1 is not a JSON object (%2 at offset %3)")
                              .arg(path, error.errorString())
                              .arg(error.offset));
    }
    const QJsonObject json = document.object();
    SampleDatasets::Dataset dataset;
    dataset.name = json.value(QLatin1String("name")).toString().trimmed();
    dataset.description = json.value(QLatin1String("description")).toString();
    dataset.assertions = json.value(QLatin1String("assertions")).toArray();
    const QJsonArray cases = json.value(QLatin1String("cases")).toArray();
    if (dataset.name.isEmpty() || cases.isEmpty()) {
        return R::failure(
            SampleDatasets::tr("The sample %1 needs a name and at least one case").arg(path));
    }
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject object = cases.at(i).toObject();
        if (!object.value(QLatin1String("vars")).isObject()) {
            return R::failure(
                SampleDatasets::tr("%1: case %2 has no \"vars\" object").arg(path).arg(i + 1));
        }
        DatasetCase testCase;
        testCase.variables = object.value(QLatin1String("vars")).toObject();
        if (object.value(QLatin1String("expected")).isString()) {
            testCase.expected = object.value(QLatin1String("expected")).toString();
        }
        testCase.metadata = object.value(QLatin1String("metadata")).toObject();
        testCase.assertions = object.value(QLatin1String("assertions")).toArray();
        dataset.cases.append(testCase);
    }
    return dataset;
}

} // namespace

Result<QList<SampleDatasets::Dataset>> SampleDatasets::load(const QString &directory)
{
    QList<Dataset> datasets;
    const QDir dir(directory);
    for (const QString &name :
         dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name)) {
        Result<Dataset> dataset = datasetFromFile(dir.filePath(name));
        if (!dataset) {
            return Result<QList<Dataset>>::failure(dataset.error());
        }
        datasets.append(std::move(dataset).value());
    }
    return datasets;
}

Result<void> SampleDatasets::seed(Database &database, const QString &directory)
{
    const Result<QList<Dataset>> samples = load(directory);
    if (!samples) {
        return Result<void>::failure(samples.error());
    }
    DatasetRepository datasets(database);
    for (const Dataset &sample : samples.value()) {
        const Result<qint64> created =
            datasets.createDatasetWithCases(sample.name, sample.description, sample.cases);
        if (!created) {
            return Result<void>::failure(created.error());
        }
        if (const Result<void> set = datasets.setAssertions(created.value(), sample.assertions);
            !set) {
            return set;
        }
    }
    return {};
}

} // namespace pwb
