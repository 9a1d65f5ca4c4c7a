/* bs-window-private.h: the window's state, shared by the bs-window*.c files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bs-action-plan-page.h"
#include "bs-reflection-page.h"
#include "bs-welcome-page.h"
#include "bs-file-stamp.h"
#include "bs-window.h"

G_BEGIN_DECLS

struct _BsWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  BsAssessment         *assessment;
  char                 *path;
  BsUndoStack          *undo_stack;
  /* the dimensions in sidebar order, for previous/next */
  GPtrArray            *dimensions;
  guint                 folded_idle;
  GtkFileChooserNative *chooser;
  GtkWidget           *menu_button;
  /* the toast that offers to undo a change, while it shows */
  AdwToast             *undo_toast;
  GtkWidget           *sidebar_button;
  AdwFlap             *flap;
  GtkWidget            *results_page;
  /* The results page is built when first shown, not at open. */
  gboolean              results_stale;
  guint                 sidebar_folded : 1;
  /* Has drawn a frame: before that, switching pages is not animated. */
  guint                 drawn : 1;

  /* unsaved changes, kept by bs-window-unsaved.c */
  char                 *recovery_path;
  guint                 recovery_source;
  guint                 dirty : 1;
  /* "Save" was chosen in the question on close: close once saved */
  guint                 close_after_save : 1;
  /* @path as it was on disk when opened or last saved here, to notice
   * when someone else changes it (not known for other sources) */
  guint                 disk_stamp_known : 1;
  BsFileStamp           disk_stamp;

  AdwWindowTitle       *window_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  BsWelcomePage        *welcome_page;
  GtkWidget            *save_button;
  GtkWidget            *undo_box;
  BsNewAssessmentPage  *new_page;
  GtkListBox           *sidebar;
  GtkStack             *content_stack;
  BsDimensionPage      *dimension_page;
  BsActionPlanPage     *action_plan_page;
  BsReflectionPage     *reflection_page;
};

void      _bs_window_class_actions_init (BsWindowClass *klass);
void      _bs_window_class_export_init  (BsWindowClass *klass);
void      _bs_window_update_actions     (BsWindow      *self);
gboolean  _bs_window_asks_reflections   (BsWindow      *self);
void      _bs_window_save_as            (BsWindow      *self);
void      _bs_window_mark_saved         (BsWindow      *self,
                                         const char    *path);

/* bs-window-collect.c */
void      _bs_window_class_collect_init (BsWindowClass *klass);
void      _bs_window_collect_init       (BsWindow      *self);
void      _bs_window_update_collect_actions (BsWindow  *self);

/* bs-window-compare.c */
void      _bs_window_class_compare_init (BsWindowClass *klass);
void      _bs_window_update_compare_actions (BsWindow  *self);
/* bs-window-cycle.c */
void      _bs_window_class_cycle_init   (BsWindowClass *klass);
void      _bs_window_update_cycle_actions (BsWindow    *self);

/* bs-window-unsaved.c */
void      _bs_window_update_title       (BsWindow      *self);
void      _bs_window_set_dirty          (BsWindow      *self,
                                         gboolean       dirty);
void      _bs_window_track_unsaved      (BsWindow      *self,
                                         gboolean       dirty);
void      _bs_window_remove_recovery    (BsWindow      *self);
gboolean  _bs_window_ask_to_save        (BsWindow      *self);

G_END_DECLS
