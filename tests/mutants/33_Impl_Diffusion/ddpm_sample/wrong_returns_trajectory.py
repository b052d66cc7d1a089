# 최종 표본 대신 모든 단계의 표본 리스트를 돌려준다
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
    xs = [x]
    for t in range(T - 1, -1, -1):
        z = torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype) if t > 0 else None
        x = ddpm_sample_step(model, x, t, betas, noise=z, variance=variance)
        xs.append(x)
    return xs
