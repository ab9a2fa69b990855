// libxml2 built with ICU pulls in the system's ICU headers, which clash with the ICU that
// Foundation embeds. Chronograph never touches the ICU converter fields, so hide them.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlwriter.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlstring.h>
