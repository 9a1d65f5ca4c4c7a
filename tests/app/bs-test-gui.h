/* bs-test-gui.h: what the GUI tests share: pumping the main loop, bounded waits, clicks, dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bs-test-common.h"
#include "bs-window.h"

G_BEGIN_DECLS

/* For main(), after g_test_init(): GTK and libadwaita on the display, if
 * there is one. @animations FALSE turns transitions off: a page that fades
 * out is still mapped. Returns whether there is a display. */
gboolean          bs_test_gui_init        (gboolean    animations);
/* Whether bs_test_gui_init() found a display. */
gboolean          bs_test_have_display    (void);
/* At the top of a GUI test: without a display it reports SKIP, never PASS. */
#define BS_TEST_REQUIRE_DISPLAY() \
  G_STMT_START { \
    if (!bs_test_have_display ()) \
      { \
        g_test_skip ("no display"); \
        return; \
      } \
  } G_STMT_END

/* Runs what is pending in the main loop; bounded, so a busy source cannot hang a test. */
void              bs_test_pump            (void);
/* Runs the main loop until @done returns TRUE, waking it now and then;
 * bounded (30 s at most), so a lost event fails instead of hanging. */
gboolean          bs_test_wait_until      (gboolean  (*done) (gpointer),
                                           gpointer    data);
/* Waits, bounded, until @widget is mapped; fails the test if it is not. */
void              bs_test_wait_mapped     (GtkWidget  *widget);
/* Waits, bounded, until @widget has been allocated @width at least. */
gboolean          bs_test_wait_for_width  (GtkWidget  *widget,
                                           int         width);
/* Activates @button as a user's click would and waits, bounded, for "clicked". */
void              bs_test_click           (gpointer    button);
/* The visible message dialog, or %NULL. */
AdwMessageDialog *bs_test_find_dialog     (void);
/* The first button below @widget whose label is @label, or %NULL. */
GtkWidget        *bs_test_find_button     (GtkWidget  *widget,
                                           const char *label);
/* The first widget below @widget (itself included) of @type, or %NULL. */
GtkWidget        *bs_test_find_type       (GtkWidget  *widget,
                                           GType       type);
/* Clicks the dialog's button for @response, as the user would. */
void              bs_test_respond         (AdwMessageDialog *dialog,
                                           const char       *response);
/* A new, presented, mapped window. */
BsWindow         *bs_test_new_window      (void);
/* Opens @path in @window, which must succeed, and runs what that set off. */
void              bs_test_open            (BsWindow   *window,
                                           const char *path);
/* A new, presented, mapped window with the shipped example @name open. */
BsWindow         *bs_test_new_window_with (const char *name);
void              bs_test_destroy_window  (BsWindow   *window);
/* Destroys @window without the unsaved-changes dialog: changes are dropped. */
void              bs_test_close_window    (BsWindow   *window);

G_END_DECLS
