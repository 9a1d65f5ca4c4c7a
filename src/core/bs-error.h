/* bs-error.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BS_FORMAT_ERROR (bs_format_error_quark ())

/**
 * BsFormatError:
 * @BS_FORMAT_ERROR_IO: the file could not be read or written
 * @BS_FORMAT_ERROR_TOO_LARGE: the file is larger than any real file can be
 * @BS_FORMAT_ERROR_MALFORMED: the file is not well-formed XML
 * @BS_FORMAT_ERROR_TRUNCATED: the file ends before it is complete
 * @BS_FORMAT_ERROR_ENCODING: the file is not valid UTF-8 text
 * @BS_FORMAT_ERROR_DOCTYPE: the file declares a DOCTYPE or entities
 * @BS_FORMAT_ERROR_TOO_DEEP: elements are nested deeper than the format allows
 * @BS_FORMAT_ERROR_WRONG_KIND: the root element or namespace is not ours
 * @BS_FORMAT_ERROR_NEWER_VERSION: written by a newer Blendscan
 * @BS_FORMAT_ERROR_SCHEMA: the file does not follow the schema
 * @BS_FORMAT_ERROR_UNKNOWN_ID: a reference names something the framework lacks
 * @BS_FORMAT_ERROR_OUT_OF_RANGE: a score is outside the framework's scale
 * @BS_FORMAT_ERROR_DUPLICATE: the same thing is given twice
 * @BS_FORMAT_ERROR_MISSING_TEXT: a required language is missing
 * @BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND: the assessment's framework is not available
 * @BS_FORMAT_ERROR_TOO_COMPLEX: far more elements, attributes or namespaces
 *   than any real file has
 * @BS_FORMAT_ERROR_INVALID_VALUE: a value the model cannot hold (a date
 *   that is not YYYY-MM-DD, an answer for a level not included)
 */
typedef enum
{
  BS_FORMAT_ERROR_IO,
  BS_FORMAT_ERROR_TOO_LARGE,
  BS_FORMAT_ERROR_MALFORMED,
  BS_FORMAT_ERROR_TRUNCATED,
  BS_FORMAT_ERROR_ENCODING,
  BS_FORMAT_ERROR_DOCTYPE,
  BS_FORMAT_ERROR_TOO_DEEP,
  BS_FORMAT_ERROR_WRONG_KIND,
  BS_FORMAT_ERROR_NEWER_VERSION,
  BS_FORMAT_ERROR_SCHEMA,
  BS_FORMAT_ERROR_UNKNOWN_ID,
  BS_FORMAT_ERROR_OUT_OF_RANGE,
  BS_FORMAT_ERROR_DUPLICATE,
  BS_FORMAT_ERROR_MISSING_TEXT,
  BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND,
  BS_FORMAT_ERROR_TOO_COMPLEX,
  BS_FORMAT_ERROR_INVALID_VALUE,
} BsFormatError;

GQuark bs_format_error_quark (void);

G_END_DECLS
