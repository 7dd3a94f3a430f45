#pragma once

#include <QString>

namespace pwb {

// A text file that starts with YAML between two `---` lines (Prompty, Markdown prompts), split
// into the two, with the file line each part starts on so that errors name lines of the file.
struct FrontMatter
{
    bool found = false;
    QString yaml;
    int yamlFirstLine = 0; // file line of the YAML's first line
    QString body;
    int bodyFirstLine = 0; // file line of the body's first line
    int closingLine = 0; // 0: the closing `---` is missing

    // A file with CRLF line ends only (a Windows checkout) is read as LF; a byte order mark is
    // skipped.
    static FrontMatter split(const QString &text);
};

} // namespace pwb
