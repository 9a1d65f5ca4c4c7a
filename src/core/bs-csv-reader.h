/* bs-csv-reader.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BsCsvReader BsCsvReader;

BsCsvReader *bs_csv_reader_new      (const char   *text,
                                     gsize         length);
void         bs_csv_reader_free     (BsCsvReader  *self);
gboolean     bs_csv_reader_next     (BsCsvReader  *self,
                                     GStrv        *fields,
                                     GError      **error);
guint        bs_csv_reader_get_line (BsCsvReader  *self);

/* Helpers for the readers of names files and survey exports. */
gboolean     bs_csv_record_is_blank    (const char * const *fields);
gboolean     bs_csv_field_has_control  (const char         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BsCsvReader, bs_csv_reader_free)

G_END_DECLS
