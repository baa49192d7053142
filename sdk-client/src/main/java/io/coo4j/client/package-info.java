/**
 * The client of the Single Window services (<a href="https://github.com/coo4j/coo4j/blob/main/docs/api.md">docs/api.md</a>): {@link io.coo4j.client.CooClient} and its
 * sub-clients {@link io.coo4j.client.Certificates}, {@link io.coo4j.client.PreReviews} and
 * {@link io.coo4j.client.NetworkedStatus}; typed errors under {@link io.coo4j.client.CooServiceException} and
 * {@link io.coo4j.client.CooClientException}; {@link io.coo4j.client.RetryPolicy}; request and webhook signatures
 * ({@link io.coo4j.client.Signatures}, {@link io.coo4j.client.WebhookVerifier}). The customs import message lives
 * in {@link io.coo4j.client.message}; {@code internal} packages are not API. Self-print ({@link io.coo4j.client.SelfPrint}),
 * receipt subscriptions as webhooks ({@link io.coo4j.client.Subscriptions}) and business statistics
 * ({@link io.coo4j.client.Statistics}) are sub-clients too.
 *
 * @since 0.1
 */
@NullMarked
package io.coo4j.client;

import org.jspecify.annotations.NullMarked;
