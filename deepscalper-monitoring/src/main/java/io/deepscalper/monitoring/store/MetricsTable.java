package io.deepscalper.monitoring.store;

/** The tables of {@code metrics.db}, for {@link MetricsStore#exportCsv(MetricsTable, java.nio.file.Path)}. */
public enum MetricsTable {
    /** Per-update and per-episode training metrics. */
    TRAINING_METRICS("training_metrics"),
    /** Custom scalars from metric providers. */
    CUSTOM_METRICS("custom_metrics"),
    /** Evaluation reports per model version and date range. */
    EVALUATION_REPORTS("evaluation_reports"),
    /** Model-health reports. */
    HEALTH_REPORTS("health_reports"),
    /** Retraining-trigger decisions. */
    TRIGGER_EVENTS("trigger_events"),
    /** Regression, anomaly and change-point alerts. */
    ALERTS("alerts"),
    /** Data-quality and drift reports. */
    DATA_REPORTS("data_reports"),
    /** Hyperparameter-search trials. */
    TUNING_TRIALS("tuning_trials");

    private final String sqlName;

    MetricsTable(String sqlName) {
        this.sqlName = sqlName;
    }

    /** @return the table's name in SQL */
    public String sqlName() {
        return sqlName;
    }
}
