/* bs-text.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest text (a note, a title, a role…) an assessment holds, in bytes
 * of UTF-8: about 500 pages of prose. Kept well below libxml2's own limit
 * for one text (10,000,000 bytes), so that a text the model holds always
 * fits in a file the loader reads back, escaped or not. */
#define BS_TEXT_MAX_LENGTH (1024 * 1024)

char     *bs_text_clean       (const char  *text);
gboolean  bs_text_is_clean    (const char  *text);
gboolean  bs_text_check_length (const char  *text,
                                const char  *what,
                                GError     **error);
char     *bs_text_escape      (const char  *text,
                               gsize        max_chars);
char     *bs_text_quote       (const char  *text,
                               gsize        max_chars);

G_END_DECLS
