using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.CloudWatch.Actions;
using Amazon.CDK.AWS.Logs;
using Amazon.CDK.AWS.SNS;
using Amazon.CDK.AWS.SNS.Subscriptions;
using Constructs;

namespace SkyHighBooker.Infrastructure;

/// <summary>
/// What someone should be woken for, sent to one SNS topic (and to <c>alarmEmail</c> when given): the Api failing
/// (5xx rate at API Gateway), Lambda refusing invocations (throttles), the database running hot or out of space, and
/// documents failing to render.
/// </summary>
public sealed class Alarms : Construct
{
    /// <summary>
    /// Where the failed-document metric lives. The Worker's own counter (<c>documents.failures</c>, meter
    /// SkyHighBooker.Documents) leaves the process only through OTLP, which nothing receives on ECS; its log line for
    /// each failed attempt (DocumentJobProcessor: "… for booking … failed (attempt n)") reaches CloudWatch Logs, so a
    /// metric filter counts that instead.
    /// </summary>
    public const string MetricNamespace = "SkyHighBooker";
    public const string FailedDocumentAttempts = "DocumentJobFailedAttempts";

    public Topic Topic { get; }

    public Alarms(Construct scope, string id, DeploymentSettings settings, Api api, Database database, Worker worker) : base(scope, id)
    {
        Topic = new Topic(this, "Topic", new TopicProps { DisplayName = "Sky High Booker alarms", EnforceSSL = true });
        if (settings.AlarmEmail is { } email) Topic.AddSubscription(new EmailSubscription(email));
        var notify = new SnsAction(Topic);

        var period = Duration.Minutes(5);
        var requests = new Metric(new MetricProps
        {
            Namespace = "AWS/ApiGateway", MetricName = "Count", Statistic = "Sum", Period = period,
            DimensionsMap = new Dictionary<string, string> { ["ApiId"] = api.HttpApi.ApiId },
        });
        var serverErrors = new Metric(new MetricProps
        {
            Namespace = "AWS/ApiGateway", MetricName = "5xx", Statistic = "Sum", Period = period,
            DimensionsMap = new Dictionary<string, string> { ["ApiId"] = api.HttpApi.ApiId },
        });
        Add(new MathExpression(new MathExpressionProps
        {
            Label = "Api 5xx (% of requests)",
            Expression = "IF(requests > 20, 100 * errors / requests, 0)", // a handful of requests is no rate
            UsingMetrics = new Dictionary<string, IMetric> { ["requests"] = requests, ["errors"] = serverErrors },
            Period = period,
        }).CreateAlarm(this, "Api5xxRate", new CreateAlarmOptions
        {
            AlarmDescription = "More than 5% of Api requests answered 5xx for 10 minutes",
            Threshold = 5, EvaluationPeriods = 2, ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        }));

        Add(api.Function.MetricThrottles(new MetricOptions { Period = period, Statistic = "Sum" }).CreateAlarm(this, "ApiThrottles", new CreateAlarmOptions
        {
            AlarmDescription = "The Api's Lambda refused invocations (concurrency exhausted)",
            Threshold = 0, EvaluationPeriods = 1, ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        }));

        Add(database.Primary.MetricCPUUtilization(new MetricOptions { Period = period }).CreateAlarm(this, "DatabaseCpu", new CreateAlarmOptions
        {
            AlarmDescription = "Database CPU above 80% for 15 minutes",
            Threshold = 80, EvaluationPeriods = 3, ComparisonOperator = ComparisonOperator.GREATER_THAN_THRESHOLD,
        }));

        Add(database.Primary.MetricFreeStorageSpace(new MetricOptions { Period = period }).CreateAlarm(this, "DatabaseFreeStorage", new CreateAlarmOptions
        {
            AlarmDescription = "Database free storage below 5 GiB (storage autoscaling has a ceiling)",
            Threshold = 5L * 1024 * 1024 * 1024, EvaluationPeriods = 1, ComparisonOperator = ComparisonOperator.LESS_THAN_THRESHOLD,
        }));

        var failedAttempts = new MetricFilter(this, "FailedDocumentAttemptsFilter", new MetricFilterProps
        {
            LogGroup = worker.Logs,
            FilterPattern = FilterPattern.AllTerms("for booking", "failed (attempt"),
            MetricNamespace = MetricNamespace,
            MetricName = FailedDocumentAttempts,
            MetricValue = "1",
            DefaultValue = 0,
        });
        // A job is given up after 5 attempts (Documents:MaxAttempts): 5 failed attempts in 15 minutes is at least one
        // document about to be listed as failed, or S3 down for everyone.
        Add(failedAttempts.Metric(new MetricOptions { Statistic = "Sum", Period = Duration.Minutes(15) }).CreateAlarm(this, "FailedDocumentJobs", new CreateAlarmOptions
        {
            AlarmDescription = "Document jobs failing (5 or more failed attempts in 15 minutes)",
            Threshold = 5, EvaluationPeriods = 1, ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
        }));

        void Add(Alarm alarm)
        {
            alarm.AddAlarmAction(notify);
            alarm.AddOkAction(notify);
        }
    }
}
