#!/usr/bin/env python3
# Writes the boilerplate of Blendscan's small value GObjects (answer, action,
# participant, dimension notes): properties with getters and setters that
# notify only when the value really changed. Run once; the output is edited
# by hand afterwards and committed, so this script is not part of the build.
import sys

def gen(fname, Name, purpose, props, extra_h='', extra_c='', includes=''):
    UP = fname.upper().replace('-', '_')
    low = fname.replace('-', '_')
    h = [f"/* bs-{fname}.h\n *\n * SPDX-License-Identifier: GPL-3.0-or-later\n */\n#pragma once\n\n#include <glib-object.h>\n{includes}\nG_BEGIN_DECLS\n\n"]
    h.append(extra_h)
    h.append(f"#define BS_TYPE_{UP} (bs_{low}_get_type ())\n\nG_DECLARE_FINAL_TYPE (Bs{Name}, bs_{low}, BS, {UP}, GObject)\n\n")
    cons = [p for p in props if p[2]]
    h.append(f"Bs{Name} *bs_{low}_new (" + (", ".join(ctype(p) + p[0].replace('-', '_') for p in cons) or "void") + ");\n")
    for p in props:
        n = p[0].replace('-', '_')
        h.append(f"{rtype(p)}bs_{low}_get_{n} (Bs{Name} *self);\n")
        if not p[2]:
            h.append(f"void bs_{low}_set_{n} (Bs{Name} *self, {ctype(p)}{n});\n")
    h.append("\nG_END_DECLS\n")
    c = [f"/* bs-{fname}.c: {purpose}\n *\n * SPDX-License-Identifier: GPL-3.0-or-later\n */\n#define G_LOG_DOMAIN \"blendscan-core\"\n\n#include \"config.h\"\n\n#include \"bs-{fname}.h\"\n\n"]
    c.append(f"struct _Bs{Name}\n{{\n  GObject parent_instance;\n\n")
    for p in props:
        c.append(f"  {field(p)};\n")
    c.append(f"}};\n\nG_DEFINE_FINAL_TYPE (Bs{Name}, bs_{low}, G_TYPE_OBJECT)\n\nenum {{\n  PROP_0,\n")
    for p in props:
        c.append(f"  PROP_{p[0].upper().replace('-', '_')},\n")
    c.append("  N_PROPS\n};\n\nstatic GParamSpec *properties [N_PROPS];\n\n")
    c.append(extra_c)
    c.append(f"static void\nbs_{low}_finalize (GObject *object)\n{{\n  Bs{Name} *self = (Bs{Name} *)object;\n\n")
    for p in props:
        if p[1] == 'string':
            c.append(f"  g_free (self->{p[0].replace('-', '_')});\n")
    c.append(f"\n  G_OBJECT_CLASS (bs_{low}_parent_class)->finalize (object);\n}}\n\n")
    c.append(f"static void\nbs_{low}_get_property (GObject    *object,\n{' '*(len(low)+19)}guint       prop_id,\n{' '*(len(low)+19)}GValue     *value,\n{' '*(len(low)+19)}GParamSpec *pspec)\n{{\n  Bs{Name} *self = BS_{UP} (object);\n\n  switch (prop_id)\n    {{\n")
    for p in props:
        n = p[0].replace('-', '_')
        setter = {'string': 'g_value_set_string', 'int': 'g_value_set_int', 'uint': 'g_value_set_uint', 'enum': 'g_value_set_enum'}[p[1]]
        c.append(f"    case PROP_{n.upper()}:\n      {setter} (value, self->{n});\n      break;\n\n")
    c.append("    default:\n      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);\n    }\n}\n\n")
    c.append(f"static void\nbs_{low}_set_property (GObject      *object,\n{' '*(len(low)+19)}guint         prop_id,\n{' '*(len(low)+19)}const GValue *value,\n{' '*(len(low)+19)}GParamSpec   *pspec)\n{{\n  Bs{Name} *self = BS_{UP} (object);\n\n  switch (prop_id)\n    {{\n")
    for p in props:
        n = p[0].replace('-', '_')
        getter = {'string': 'g_value_get_string', 'int': 'g_value_get_int', 'uint': 'g_value_get_uint', 'enum': 'g_value_get_enum'}[p[1]]
        if p[2]:
            c.append(f"    case PROP_{n.upper()}:\n      self->{n} = g_value_dup_string (value);\n      break;\n\n")
        else:
            c.append(f"    case PROP_{n.upper()}:\n      bs_{low}_set_{n} (self, {getter} (value));\n      break;\n\n")
    c.append("    default:\n      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);\n    }\n}\n\n")
    c.append(f"static void\nbs_{low}_class_init (Bs{Name}Class *klass)\n{{\n  GObjectClass *object_class = G_OBJECT_CLASS (klass);\n\n  object_class->finalize = bs_{low}_finalize;\n  object_class->get_property = bs_{low}_get_property;\n  object_class->set_property = bs_{low}_set_property;\n\n")
    for p in props:
        n = p[0].replace('-', '_')
        flags = "G_PARAM_CONSTRUCT_ONLY | " if p[2] else "G_PARAM_EXPLICIT_NOTIFY | "
        flags += "G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS"
        if p[1] == 'string':
            spec = f'g_param_spec_string ("{p[0]}", NULL, NULL, NULL,\n                         {flags})'
        elif p[1] == 'int':
            spec = f'g_param_spec_int ("{p[0]}", NULL, NULL, {p[3]}, {p[4]}, {p[5]},\n                      {flags})'
        elif p[1] == 'uint':
            spec = f'g_param_spec_uint ("{p[0]}", NULL, NULL, {p[3]}, {p[4]}, {p[5]},\n                       {flags})'
        else:
            spec = f'g_param_spec_enum ("{p[0]}", NULL, NULL, {p[3]}, {p[4]},\n                       {flags})'
        c.append(f"  properties [PROP_{n.upper()}] =\n    {spec};\n\n")
    c.append(f"  g_object_class_install_properties (object_class, N_PROPS, properties);\n}}\n\n")
    c.append(f"static void\nbs_{low}_init (Bs{Name} *self)\n{{\n}}\n\n")
    c.append(f"Bs{Name} *\nbs_{low}_new (" + (", ".join(ctype(p) + p[0].replace('-', '_') for p in cons) or "void") + ")\n{\n")
    c.append(f"  return g_object_new (BS_TYPE_{UP},\n" + "".join(f'                       "{p[0]}", {p[0].replace("-", "_")},\n' for p in cons) + "                       NULL);\n}\n\n")
    for p in props:
        n = p[0].replace('-', '_')
        dflt = {'string': 'NULL', 'int': '0', 'uint': '0', 'enum': '0'}[p[1]]
        c.append(f"{rtype(p)}\nbs_{low}_get_{n} (Bs{Name} *self)\n{{\n  g_return_val_if_fail (BS_IS_{UP} (self), {dflt});\n\n  return self->{n};\n}}\n\n")
        if p[2]:
            continue
        if p[1] == 'string':
            body = f"  if (g_strcmp0 (self->{n}, {n}) != 0)\n    {{\n      g_free (self->{n});\n      self->{n} = g_strdup ({n});\n      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_{n.upper()}]);\n    }}\n"
        else:
            body = f"  if (self->{n} != {n})\n    {{\n      self->{n} = {n};\n      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_{n.upper()}]);\n    }}\n"
        c.append(f"void\nbs_{low}_set_{n} (Bs{Name} *self,\n    {ctype(p)}{n})\n{{\n  g_return_if_fail (BS_IS_{UP} (self));\n\n{body}}}\n\n")
    open(f"bs-{fname}.h", 'w').write("".join(h))
    open(f"bs-{fname}.c", 'w').write("".join(c).rstrip() + "\n")

def ctype(p):
    return {'string': 'const char *', 'int': 'int ', 'uint': 'guint ', 'enum': p[6] + ' ' if len(p) > 6 else 'int '}[p[1]]
def rtype(p):
    return ctype(p)
def field(p):
    n = p[0].replace('-', '_')
    return {'string': f'char *{n}', 'int': f'int {n}', 'uint': f'guint {n}', 'enum': f'{p[6]} {n}' if len(p) > 6 else f'int {n}'}[p[1]]

if __name__ == '__main__':
    gen('answer', 'Answer', 'the answer to one statement: score, target, note, evidence',
        [('statement-id', 'string', True),
         ('value', 'int', False, 'BS_VALUE_UNKNOWN', 'G_MAXINT', 'BS_VALUE_NONE'),
         ('target', 'uint', False, '0', 'G_MAXUINT', '0'),
         ('note', 'string', False),
         ('evidence', 'string', False)],
        extra_h="""/* An answer's value is a stage of the scale (1…n), or one of these. N/A and
 * "don't know" are answers, but never count as a score. */
#define BS_VALUE_NONE            0
#define BS_VALUE_NOT_APPLICABLE (-1)
#define BS_VALUE_UNKNOWN        (-2)

""")
    gen('participant', 'Participant', 'one participant of an assessment and their role',
        [('name', 'string', False), ('role', 'string', False)])
    gen('dimension-notes', 'DimensionNotes', "a team's summary, strengths and improvements for one dimension",
        [('level-id', 'string', True), ('dimension-id', 'string', True),
         ('summary', 'string', False), ('strengths', 'string', False), ('improvements', 'string', False)])
    gen('action', 'Action', 'one action of the action plan',
        [('description', 'string', False), ('level-id', 'string', False), ('dimension-id', 'string', False),
         ('owner', 'string', False), ('due', 'string', False),
         ('status', 'enum', False, 'BS_TYPE_ACTION_STATUS', 'BS_ACTION_PLANNED', None, 'BsActionStatus')],
        includes='\n#include "bs-action-status.h"\n')
