/**
 * Reading and keeping files safely: input read under a cap on the bytes actually read, and files at rest
 * readable by their owner only.
 */
@NullMarked
package io.coo4j.core.io;

import org.jspecify.annotations.NullMarked;
