/** Small shared utilities (checkpointable random numbers). */
package io.deepscalper.core.util;
