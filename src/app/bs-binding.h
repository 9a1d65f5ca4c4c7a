/* bs-binding.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void bs_binding_text_buffer (GtkTextBuffer *buffer,
                             gpointer       object,
                             const char    *property);
void bs_binding_editable    (GtkEditable   *editable,
                             gpointer       object,
                             const char    *property);

G_END_DECLS
