#pragma once

#include "export/ReadLog.h"

namespace pwb {

// The Jinja a Prompty template (jinja2 is Prompty's default) may hold that Mustache cannot do:
// control flow `{% … %}`, comments `{# … #}`, filters `{{ x | upper }}`, whitespace control and
// expressions. `{{ name }}` and `{{ a.b }}` mean the same in both and pass. Each finding is an
// error at its line and column of the file, with the Mustache way when there is one.
struct JinjaCheck
{
    Q_DECLARE_TR_FUNCTIONS(pwb::JinjaCheck)

public:
    // `text` starts on `firstLine` of the file; `field` names where it is (the message).
    static void check(const QString &text, int firstLine, const QString &field, ReadLog &log);
};

} // namespace pwb
