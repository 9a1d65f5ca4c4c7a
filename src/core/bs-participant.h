/* bs-participant.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BS_TYPE_PARTICIPANT (bs_participant_get_type ())

G_DECLARE_FINAL_TYPE (BsParticipant, bs_participant, BS, PARTICIPANT, GObject)

BsParticipant *bs_participant_new      (void);
const char    *bs_participant_get_name (BsParticipant *self);
void           bs_participant_set_name (BsParticipant *self,
                                        const char    *name);
const char    *bs_participant_get_role (BsParticipant *self);
void           bs_participant_set_role (BsParticipant *self,
                                        const char    *role);

G_END_DECLS
