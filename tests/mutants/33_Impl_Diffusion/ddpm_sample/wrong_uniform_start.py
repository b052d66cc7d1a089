# x_T를 표준 정규 대신 균등 분포 torch.rand로 뽑는다
@torch.no_grad()
def ddpm_sample(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    shape: tuple[int, ...],
    betas: torch.Tensor,
    variance: str = "beta",
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    T = betas.shape[0]
    x = torch.rand(shape, generator=generator, device=betas.device, dtype=betas.dtype)
    for t in range(T - 1, -1, -1):
        z = torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype) if t > 0 else None
        x = ddpm_sample_step(model, x, t, betas, noise=z, variance=variance)
    return x
