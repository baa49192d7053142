/** The client's transport on OkHttp: requests, credentials, retries, paging, polling. Not API: may change in any release. */
package io.coo4j.client.internal;
