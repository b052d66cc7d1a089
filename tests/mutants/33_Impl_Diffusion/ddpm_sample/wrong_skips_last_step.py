# 반복을 range(T - 1, 0, -1)로 써서 마지막 단계 t = 0을 건너뛴다
@torch.no_grad()
def ddpm_sample(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    shape: tuple[int, ...],
    betas: torch.Tensor,
    variance: str = "beta",
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    T = betas.shape[0]
    x = torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype)  # x_T
    for t in range(T - 1, 0, -1):
        z = torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype) if t > 0 else None
        x = ddpm_sample_step(model, x, t, betas, noise=z, variance=variance)
    return x
