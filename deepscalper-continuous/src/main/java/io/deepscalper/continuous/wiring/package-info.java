/**
 * The adapters that bind the orchestrator to the agent, data, monitoring and registry modules, and the quick-start profile. {@link io.deepscalper.continuous.wiring.TrainerAssembly} runs continuous training from Java without the CLI.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package io.deepscalper.continuous.wiring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
