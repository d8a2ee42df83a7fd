using System.Linq.Expressions;

namespace HireHub.Core.Common;

/// <summary>
/// Combines conditions written once as expressions (a rule the database applies) into larger ones, so a rule is not
/// written out again, negated or widened by hand, wherever it is combined with another.
/// </summary>
public static class Conditions
{
    public static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

    public static Expression<Func<T, bool>> And<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(Expression.AndAlso(left.Body, Rebind(right, left.Parameters[0])), left.Parameters);

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> condition) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(condition.Body), condition.Parameters);

    private static Expression Rebind<T>(Expression<Func<T, bool>> condition, ParameterExpression parameter) =>
        new ParameterSwap(condition.Parameters[0], parameter).Visit(condition.Body);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
