/** The nine systems as the lab lists them. */
export interface SystemInfo {
  id: string;
  title: string;
  paper: string;
  summary: string;
}

export const SYSTEMS: SystemInfo[] = [
  {
    id: 'meta',
    title: 'Combining tests across studies',
    paper: 'arXiv 2310.19541 (NeurIPS 2023)',
    summary:
      'Combine p-values from independent studies (Fisher, Stouffer, Cauchy, harmonic mean, …), and the power and separation rates of distributed testing in the many-normal-means model.',
  },
  {
    id: 'ot',
    title: 'Sampled optimal transport',
    paper: 'arXiv 2605.28134',
    summary: '1-D Wasserstein distances and sliced Wasserstein with exact subgradients; risk-averse, fair and generative problems.',
  },
  {
    id: 'tda',
    title: 'Persistent homology of time series',
    paper: 'arXiv 2605.01624',
    summary: 'Time series → visibility/transition/proximity graphs → distances → Vietoris–Rips persistence → features → classifier.',
  },
  {
    id: 'control',
    title: 'LQR, H∞ and task-to-controller smoothness',
    paper: 'arXiv 2605.06992',
    summary: 'Riccati solvers, LQR and H∞ state feedback, and the Lipschitz constant of the task-to-controller map.',
  },
  {
    id: 'newton',
    title: 'Newton vs gradient descent for wide networks',
    paper: 'arXiv 2605.08352',
    summary: 'Regularized Newton, Gauss–Newton, GD and Adam on a wide two-layer network; NTK and Newton-NTK spectra; spectral bias.',
  },
  {
    id: 'blasso',
    title: 'Sparse spikes by particle descent (Fast Spawn&Prune)',
    paper: 'arXiv 2605.19784',
    summary: 'BLASSO by conic particle gradient descent with birth and death, against Sliding Frank–Wolfe.',
  },
  {
    id: 'spatial',
    title: 'The Spatial Adapter',
    paper: 'arXiv 2605.11394',
    summary: 'A smooth, sparse, orthonormal residual basis by ADMM, a closed-form covariance, and kriging with intervals.',
  },
  {
    id: 'surrogate',
    title: 'Neural surrogates at the tails',
    paper: 'arXiv 2605.16078',
    summary:
      'FCNN and DeepONet surrogates of a stochastic heat equation, with data, strong- and weak-form losses, judged on worst-case errors.',
  },
  {
    id: 'normscale',
    title: 'Scale vectors in normalization layers',
    paper: 'arXiv 2605.26895',
    summary: 'RMSNorm scale-vector strategies and weight-decay routing in a small Pre-Norm language model.',
  },
];
