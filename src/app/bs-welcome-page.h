/* bs-welcome-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BS_TYPE_WELCOME_PAGE (bs_welcome_page_get_type ())

G_DECLARE_FINAL_TYPE (BsWelcomePage, bs_welcome_page, BS, WELCOME_PAGE, GtkWidget)

GtkWidget  *bs_welcome_page_new                (void);
GtkListBox *bs_welcome_page_get_examples_list  (BsWelcomePage *self);
GtkListBox *bs_welcome_page_get_recent_list    (BsWelcomePage *self);

G_END_DECLS
