/* bs-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "blendscan-core.h"
#include "bs-dimension-page.h"
#include "bs-new-assessment-page.h"
#include "bs-sidebar-row.h"
#include "bs-undo-stack.h"
#include "bs-welcome-page.h"

G_BEGIN_DECLS

#define BS_TYPE_WINDOW (bs_window_get_type ())

G_DECLARE_FINAL_TYPE (BsWindow, bs_window, BS, WINDOW, AdwApplicationWindow)

/**
 * BsExportKind:
 * @BS_EXPORT_PDF: the report, as an A4 PDF
 * @BS_EXPORT_SCORES_CSV: the dimension scores of every level, as CSV
 * @BS_EXPORT_ACTIONS_CSV: the action plan, as CSV
 */
typedef enum
{
  BS_EXPORT_PDF,
  BS_EXPORT_SCORES_CSV,
  BS_EXPORT_ACTIONS_CSV,
} BsExportKind;

#define BS_TYPE_EXPORT_KIND (bs_export_kind_get_type ())
GType bs_export_kind_get_type (void) G_GNUC_CONST;

BsWindow            *bs_window_new                (GtkApplication *application);
gboolean             bs_window_open_path          (BsWindow       *self,
                                                   const char     *path);
void                 bs_window_set_assessment     (BsWindow       *self,
                                                   BsAssessment   *assessment,
                                                   const char     *path,
                                                   gboolean        dirty);
BsAssessment        *bs_window_get_assessment     (BsWindow       *self);
const char          *bs_window_get_path           (BsWindow       *self);
gboolean             bs_window_get_dirty          (BsWindow       *self);
gboolean             bs_window_save               (BsWindow       *self);
gboolean             bs_window_save_to_path       (BsWindow       *self,
                                                   const char     *path);
void                 bs_window_show_new_assessment (BsWindow      *self);
void                 bs_window_show_dimension     (BsWindow       *self,
                                                   const char     *level_id,
                                                   const char     *dimension_id);
void                 bs_window_show_statement     (BsWindow       *self,
                                                   const char     *statement_id);
void                 bs_window_show_page          (BsWindow       *self,
                                                   BsSidebarRowKind kind);
const char          *bs_window_get_visible_page   (BsWindow       *self);
BsSidebarRow        *bs_window_get_sidebar_row    (BsWindow       *self,
                                                   const char     *level_id,
                                                   const char     *dimension_id);
BsDimensionPage     *bs_window_get_dimension_page (BsWindow       *self);
BsWelcomePage       *bs_window_get_welcome_page   (BsWindow       *self);
BsNewAssessmentPage *bs_window_get_new_assessment_page (BsWindow  *self);
GtkWidget           *bs_window_get_action_plan_page (BsWindow     *self);
GtkWidget           *bs_window_get_reflection_page (BsWindow      *self);
GtkWindow           *bs_window_show_details       (BsWindow       *self);
GtkWidget           *bs_window_get_results_page   (BsWindow       *self);
BsUndoStack         *bs_window_get_undo_stack     (BsWindow       *self);
gboolean             bs_window_write_recovery     (BsWindow       *self);
const char          *bs_window_get_recovery_path  (BsWindow       *self);
void                 bs_window_restore_recovery   (BsWindow       *self,
                                                   BsAssessment   *assessment,
                                                   const char     *recovery_path,
                                                   const char     *original_path);
void                 bs_window_adopt_recovery     (BsWindow       *self,
                                                   const char     *recovery_path);
void                 bs_window_show_error         (BsWindow       *self,
                                                   const char     *heading,
                                                   const char     *message);
void                 bs_window_show_toast         (BsWindow       *self,
                                                   const char     *title);
gboolean             bs_window_export             (BsWindow       *self,
                                                   BsExportKind    kind,
                                                   const char     *path,
                                                   GError        **error);
AdwToast            *bs_window_show_export_toast  (BsWindow       *self,
                                                   const char     *title,
                                                   const char     *path);
GFile               *bs_window_get_export_folder  (BsWindow       *self);
void                 bs_window_set_chooser_folder (BsWindow       *self,
                                                   GtkFileChooser *chooser);
void                 bs_window_show_undo_toast    (BsWindow       *self,
                                                   const char     *title);
AdwToast            *bs_window_get_undo_toast     (BsWindow       *self);
GtkWindow           *bs_window_show_hand_out      (BsWindow       *self);
GtkWindow           *bs_window_show_next_cycle    (BsWindow       *self);
gboolean             bs_window_add_responses      (BsWindow       *self,
                                                   GFile * const  *files,
                                                   guint           n_files);
AdwMessageDialog    *bs_window_drop_files         (BsWindow       *self,
                                                   GSList         *files);
GtkWindow           *bs_window_show_compare_with  (BsWindow       *self);
GPtrArray           *bs_window_list_comparisons   (BsWindow       *self);
gboolean             bs_window_compare_with_path  (BsWindow       *self,
                                                   const char     *path);
void                 bs_window_remove_comparison  (BsWindow       *self);

G_END_DECLS
