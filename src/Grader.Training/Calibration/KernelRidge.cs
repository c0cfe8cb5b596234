using System.Numerics;

namespace Grader.Calibration;

/// <summary>
/// Ridge regression with an unpenalised intercept, solved exactly in its dual form on a precomputed Gram matrix of the
/// scripts (so many penalties and training subsets reuse one matrix): the centred system (K꜀ + λI)α = y − ȳ is solved by
/// conjugate gradients, each penalty warm-started from the previous one. A prediction is ȳ + Σᵢ αᵢ (K(xᵢ, x) − rᵢ), where
/// rᵢ is the mean of row i of K over the training scripts. Single-threaded and deterministic.
/// </summary>
internal sealed class KernelRidge
{
    private const int MaxIterations = 2000;
    private const double Tolerance = 1e-7;

    private KernelRidge(int[] rows, double[] rowMeans, double labelMean, double[] alpha)
    {
        Rows = rows;
        RowMeans = rowMeans;
        LabelMean = labelMean;
        Alpha = alpha;
    }

    /// <summary>The training scripts (indices into the Gram matrix).</summary>
    public int[] Rows { get; }

    public double[] RowMeans { get; }

    public double LabelMean { get; }

    /// <summary>The dual coefficients, one per training script; they sum to zero.</summary>
    public double[] Alpha { get; }

    /// <summary>The intercept of the equivalent linear model: ȳ − Σᵢ αᵢ rᵢ.</summary>
    public double Intercept => LabelMean - Alpha.Select((a, i) => a * RowMeans[i]).Sum();

    /// <summary>Fits one model per penalty in <paramref name="penalties"/> (best given from largest to smallest) on <paramref name="rows"/>.</summary>
    public static KernelRidge[] FitPath(double[,] gram, int[] rows, IReadOnlyList<double> targets, IReadOnlyList<double> penalties)
    {
        var m = rows.Length;
        var centred = new double[m][];
        var rowMeans = new double[m];
        for (var i = 0; i < m; i++)
        {
            double sum = 0;
            for (var j = 0; j < m; j++)
            {
                sum += gram[rows[i], rows[j]];
            }

            rowMeans[i] = sum / m;
        }

        var grandMean = rowMeans.Average();
        for (var i = 0; i < m; i++)
        {
            centred[i] = new double[m];
            for (var j = 0; j < m; j++)
            {
                centred[i][j] = gram[rows[i], rows[j]] - rowMeans[i] - rowMeans[j] + grandMean;
            }
        }

        var labelMean = rows.Average(r => targets[r]);
        var right = rows.Select(r => targets[r] - labelMean).ToArray();
        var alpha = new double[m];
        var models = new KernelRidge[penalties.Count];
        for (var p = 0; p < penalties.Count; p++)
        {
            Solve(centred, penalties[p], right, alpha);
            models[p] = new KernelRidge(rows, rowMeans, labelMean, (double[])alpha.Clone());
        }

        return models;
    }

    /// <summary>The prediction for the script at <paramref name="index"/> of the Gram matrix.</summary>
    public double Predict(double[,] gram, int index)
    {
        var sum = LabelMean;
        for (var i = 0; i < Rows.Length; i++)
        {
            sum += Alpha[i] * (gram[index, Rows[i]] - RowMeans[i]);
        }

        return sum;
    }

    /// <summary>Conjugate gradients for (A + λI)x = b, starting from the x given.</summary>
    private static void Solve(double[][] a, double penalty, double[] b, double[] x)
    {
        var m = b.Length;
        var residual = new double[m];
        var direction = new double[m];
        var product = new double[m];
        Multiply(a, penalty, x, product);
        for (var i = 0; i < m; i++)
        {
            residual[i] = b[i] - product[i];
            direction[i] = residual[i];
        }

        var bNorm = Math.Sqrt(b.Sum(v => v * v));
        if (bNorm == 0)
        {
            Array.Clear(x);
            return;
        }

        var rr = residual.Sum(v => v * v);
        for (var iteration = 0; iteration < MaxIterations && Math.Sqrt(rr) > Tolerance * bNorm; iteration++)
        {
            Multiply(a, penalty, direction, product);
            double dAd = 0;
            for (var i = 0; i < m; i++)
            {
                dAd += direction[i] * product[i];
            }

            var step = rr / dAd;
            double next = 0;
            for (var i = 0; i < m; i++)
            {
                x[i] += step * direction[i];
                residual[i] -= step * product[i];
                next += residual[i] * residual[i];
            }

            var beta = next / rr;
            rr = next;
            for (var i = 0; i < m; i++)
            {
                direction[i] = residual[i] + (beta * direction[i]);
            }
        }
    }

    private static void Multiply(double[][] a, double penalty, double[] x, double[] destination)
    {
        var m = x.Length;
        var width = Vector<double>.Count;
        for (var i = 0; i < m; i++)
        {
            var row = a[i];
            var j = 0;
            var vector = Vector<double>.Zero;
            if (Vector.IsHardwareAccelerated)
            {
                for (; j <= m - width; j += width)
                {
                    vector += new Vector<double>(row, j) * new Vector<double>(x, j);
                }
            }

            var sum = (penalty * x[i]) + Vector.Sum(vector);
            for (; j < m; j++)
            {
                sum += row[j] * x[j];
            }

            destination[i] = sum;
        }
    }
}
