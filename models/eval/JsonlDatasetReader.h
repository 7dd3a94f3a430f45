#pragma once

#include "eval/DatasetPreview.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace pwb {

// JSON Lines as dataset cases: one JSON object per line (LF or CRLF; blank lines skipped; a
// UTF-8 byte order mark at the start skipped), in either of two shapes:
//   {"vars": {"q": "2+2?"}, "expected": "4", "metadata": {"source": "quiz"}}
//   {"q": "2+2?", "expected": "4", "metadata": {"source": "quiz"}}
// In the first, only `vars`, `expected` and `metadata` are allowed. In the flat one,
// `expected` or `__expected` is the expected output, `metadata` or `__metadata` the metadata,
// and every other key a variable. Variables keep their JSON type (text, numbers, booleans,
// arrays and objects for Mustache sections, null). `expected` is a string, or null for none;
// `metadata` an object or null.
//
// Every error is collected (up to DatasetPreview::maxErrors) with its line, and the key or, for
// JSON that does not parse, the column where the parser stopped. A line with an error gives no
// case.
class JsonlDatasetReader
{
    Q_DECLARE_TR_FUNCTIONS(pwb::JsonlDatasetReader)

public:
    static DatasetPreview read(QByteArrayView bytes);
};

} // namespace pwb
