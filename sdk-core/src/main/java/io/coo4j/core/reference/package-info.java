/**
 * Reference data (参考数据) shipped with coo4j: certificate types and their profiles, agreements, countries and
 * the code tables (units, package kinds, transport modes, trade modes, price terms), each row citing its source.
 */
@NullMarked
package io.coo4j.core.reference;

import org.jspecify.annotations.NullMarked;
