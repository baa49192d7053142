/** Implementation of sdk-print: layouts, fonts, painting, images. Not API: may change in any release. */
package io.coo4j.print.internal;
