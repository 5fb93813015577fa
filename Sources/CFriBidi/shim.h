// GNU FriBidi (Debian libfribidi-dev): the Unicode Bidirectional Algorithm and Arabic joining.
#include <fribidi/fribidi.h>
