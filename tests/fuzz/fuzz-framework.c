/* libFuzzer harness: the framework loader and the authoring check
 * (validate --lint) fed arbitrary bytes. */
#define G_LOG_DOMAIN "blendscan-fuzz"

#include "config.h"

#include "blendscan-core.h"
#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = NULL;

  framework = bs_framework_new_from_bytes (bytes, "fuzz.xml", &error);
  /* Exactly one of the two: a framework or the reason there is none. */
  if ((framework == NULL) == (error == NULL))
    abort ();

  /* The check reads what the loader accepts, and only that. */
  {
    g_autoptr(GError) lint_error = NULL;
    g_autoptr(GPtrArray) findings = bs_framework_lint_bytes (bytes, "fuzz.xml", &lint_error);

    if ((findings == NULL) != (framework == NULL) || (findings == NULL) == (lint_error == NULL))
      abort ();
  }
  return 0;
}
