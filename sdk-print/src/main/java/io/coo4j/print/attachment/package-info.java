/** The attachment check (随附单据, <a href="https://github.com/coo4j/coo4j/blob/main/docs/domain.md">docs/domain.md</a>): PDF by content, pages ≤ 300 KB, file ≤ 4 MB. */
@NullMarked
package io.coo4j.print.attachment;

import org.jspecify.annotations.NullMarked;
