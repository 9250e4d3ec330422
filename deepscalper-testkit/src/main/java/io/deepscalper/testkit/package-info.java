/**
 * Contract test kits for every SPI, like Micrometer's {@code micrometer-test}: extend a kit in your plug-in's tests to check it honours the contract the loop relies on.
 */
@API(status = STABLE, since = "0.1.0")
package io.deepscalper.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
