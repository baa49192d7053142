/** The attachment check (随附单据, docs/domain.md): PDF by content, pages ≤ 300 KB, file ≤ 4 MB. */
@NullMarked
package io.coo4j.print.attachment;

import org.jspecify.annotations.NullMarked;
