# One interface target carries the project's compiler strictness; every target of ours links it.
add_library(pwb_build_flags INTERFACE)

target_compile_options(pwb_build_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast
  -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wnull-dereference
  -Wimplicit-fallthrough -Wformat=2)
if(PWB_WERROR)
  target_compile_options(pwb_build_flags INTERFACE -Werror)
endif()

# Qt strictness: no implicit const char* <-> QString, no Qt keywords (signals/slots/emit), no
# Q_FOREACH, QStringBuilder for concatenation, nothing deprecated before the version we require.
target_compile_definitions(pwb_build_flags INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_KEYWORDS
  QT_NO_FOREACH
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060800
  $<$<CONFIG:Release,RelWithDebInfo>:QT_NO_DEBUG_OUTPUT>)

if(PWB_SANITIZE)
  set(_pwb_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_compile_options(pwb_build_flags INTERFACE ${_pwb_san})
  target_link_options(pwb_build_flags INTERFACE ${_pwb_san})
endif()
