/* bs-role.c: the role of a respondent in a team: teacher, student, … or one a framework adds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"
#include "bs-role.h"

struct _BsRole
{
  GObject      parent_instance;

  char        *id;
  BsLocalized *name;
  gboolean     builtin;
};

G_DEFINE_FINAL_TYPE (BsRole, bs_role, G_TYPE_OBJECT)

/* The built-in roles are named in both languages every framework must
 * provide, like a framework's own texts, and not through gettext: a report
 * is written in the language chosen for it, which need not be the language
 * of the user interface (see bs-report-strings.c in the render library).
 * bs_role_get_name_text (role, NULL) gives the user's language. */
static const struct
{
  const char *id;
  const char *en;
  const char *nl;
} builtin_roles[] = {
  { BS_ROLE_TEACHER, "Teacher", "Docent" },
  { BS_ROLE_STUDENT, "Student", "Student" },
  { BS_ROLE_PROGRAMME_MANAGEMENT, "Programme management", "Opleidingsmanagement" },
  { BS_ROLE_SUPPORT_STAFF, "Support staff", "Ondersteunend personeel" },
  { BS_ROLE_EXTERNAL, "External", "Extern" },
  { BS_ROLE_OTHER, "Other", "Anders" },
};

static void
bs_role_finalize (GObject *object)
{
  BsRole *self = (BsRole *) object;

  g_free (self->id);
  g_clear_pointer (&self->name, bs_localized_unref);

  G_OBJECT_CLASS (bs_role_parent_class)->finalize (object);
}

static void
bs_role_class_init (BsRoleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_role_finalize;
}

static void
bs_role_init (BsRole *self)
{
  self->name = bs_localized_new ();
}

BsRole *
_bs_role_new (const char *id)
{
  BsRole *self = g_object_new (BS_TYPE_ROLE, NULL);

  self->id = g_strdup (id);

  return self;
}

/**
 * bs_role_get_builtin:
 *
 * The fixed list of roles every framework has, in this order: teacher,
 * student, programme management, support staff, external, other.
 *
 * Returns: (transfer none): a #GListModel of #BsRole, shared
 */
GListModel *
bs_role_get_builtin (void)
{
  static GListStore *roles;

  if (g_once_init_enter (&roles))
    {
      GListStore *store = g_list_store_new (BS_TYPE_ROLE);

      for (guint i = 0; i < G_N_ELEMENTS (builtin_roles); i++)
        {
          g_autoptr(BsRole) role = _bs_role_new (builtin_roles[i].id);

          role->builtin = TRUE;
          bs_localized_set (role->name, "en", builtin_roles[i].en);
          bs_localized_set (role->name, "nl", builtin_roles[i].nl);
          g_list_store_append (store, role);
        }

      g_once_init_leave (&roles, store);
    }

  return G_LIST_MODEL (roles);
}

const char *
bs_role_get_id (BsRole *self)
{
  g_return_val_if_fail (BS_IS_ROLE (self), NULL);

  return self->id;
}

BsLocalized *
bs_role_get_name (BsRole *self)
{
  g_return_val_if_fail (BS_IS_ROLE (self), NULL);

  return self->name;
}

/**
 * bs_role_get_name_text:
 * @lang: (nullable): "nl", "en", …; %NULL for the user's language
 *
 * Returns: the role's name in @lang, falling back to English
 */
const char *
bs_role_get_name_text (BsRole     *self,
                       const char *lang)
{
  g_return_val_if_fail (BS_IS_ROLE (self), NULL);

  return bs_localized_get (self->name, lang != NULL ? lang : bs_default_language ());
}

/**
 * bs_role_is_builtin:
 *
 * Returns: %TRUE for the roles of bs_role_get_builtin(), %FALSE for one a
 *   framework adds
 */
gboolean
bs_role_is_builtin (BsRole *self)
{
  g_return_val_if_fail (BS_IS_ROLE (self), FALSE);

  return self->builtin;
}
