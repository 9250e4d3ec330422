/**
 * Test helpers that the project's modules share through deepscalper-api's test-jar: the skip-when-absent
 * reader of the shared data folder and a plain-Java reference forward pass. Not for users.
 */
@API(status = INTERNAL, since = "0.1.0")
package io.deepscalper.api.testing;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
