/* bs-print.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "blendscan-core.h"

G_BEGIN_DECLS

gboolean bs_print_run        (GtkWindow     *parent,
                              BsAssessment  *assessment,
                              const char    *lang,
                              GError       **error);
gboolean bs_print_export_pdf (GtkWindow     *parent,
                              BsAssessment  *assessment,
                              const char    *lang,
                              const char    *path,
                              GError       **error);

G_END_DECLS
