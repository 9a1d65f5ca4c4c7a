/* bs-hand-out-dialog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "blendscan-core.h"
#include "bs-window.h"

G_BEGIN_DECLS

#define BS_TYPE_HAND_OUT_DIALOG (bs_hand_out_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BsHandOutDialog, bs_hand_out_dialog, BS, HAND_OUT_DIALOG, AdwWindow)

BsHandOutDialog *bs_hand_out_dialog_new          (BsWindow         *window,
                                                  BsAssessment     *assessment,
                                                  GFile            *folder);
void             bs_hand_out_dialog_set_folder   (BsHandOutDialog  *self,
                                                  GFile            *folder);
GFile           *bs_hand_out_dialog_get_folder   (BsHandOutDialog  *self);
void             bs_hand_out_dialog_set_format   (BsHandOutDialog  *self,
                                                  BsHandOutFormat   format);
void             bs_hand_out_dialog_set_anonymous (BsHandOutDialog *self,
                                                  guint             n_respondents);
void             bs_hand_out_dialog_add_name     (BsHandOutDialog  *self,
                                                  const char       *name,
                                                  const char       *role_id);
gboolean         bs_hand_out_dialog_import_names (BsHandOutDialog  *self,
                                                  const char       *path);
const char      *bs_hand_out_dialog_get_error    (BsHandOutDialog  *self);

G_END_DECLS
