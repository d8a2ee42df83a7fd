namespace HireHub.Core.Domain;

public enum WorkerType
{
    Employee = 1,
    Contractor = 2,
}
