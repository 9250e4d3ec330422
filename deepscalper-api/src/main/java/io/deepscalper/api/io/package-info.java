/** Small file utilities shared by checkpoints, parameter files and caches (atomic replacement). */
package io.deepscalper.api.io;
