/* bs-text-limit.h: keeps what is typed or pasted into an editor within one text's limit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  bs_text_limit_attach      (GtkWidget  *editor);
void  bs_text_limit_attach_full (GtkWidget  *editor,
                                 gsize       max_bytes);
gsize bs_text_limit_get_max     (GtkWidget  *widget);
gsize bs_text_limit_fit         (gsize       current_bytes,
                                 gsize       max_bytes,
                                 const char *text,
                                 gsize       text_bytes);

G_END_DECLS
